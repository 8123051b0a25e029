namespace Portal.Oversight;

/// <summary>One cell of a breakdown: e.g. incoming documents (group) in state "Đang xử lý" (row) at level "Mật" (column).</summary>
public sealed record FigureCell(string Group, string Row, string Column, long Value);
