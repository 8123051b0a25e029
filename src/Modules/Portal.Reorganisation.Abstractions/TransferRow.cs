namespace Portal.Reorganisation;

/// <summary>One row as its module exported it: a stable source id and the module's own JSON (files named by their source ids).</summary>
public sealed record TransferRow(string SourceId, string Json);
