namespace Portal.Outgoing.Services;

/// <summary>A step's input: the next person (by user name), the place, the authority line, title and symbol (ký hiệu) set at the format check, a note or reason.</summary>
public sealed record StepInput(string? Next = null, string? Place = null, string? Authority = null, string? Title = null, string? Symbol = null, string? Note = null);
