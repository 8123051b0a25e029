namespace Portal.Incoming.Endpoints;

/// <summary>The body of a step through the API; each step reads the fields it needs (people by user name).</summary>
public sealed class StepInput
{
    public string? Leader { get; set; }
    public string? Handler { get; set; }
    public string? Note { get; set; }
    public string? Result { get; set; }
    public string? Reason { get; set; }
    public string? Recipient { get; set; }
}
