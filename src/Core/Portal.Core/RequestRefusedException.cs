namespace Portal.Core;

/// <summary>A request refused for reasons the user can fix; the messages are Vietnamese and shown as they are.</summary>
public sealed class RequestRefusedException(IReadOnlyList<string> errors) : Exception(string.Join(" ", errors))
{
    public RequestRefusedException(string error) : this([error]) { }

    public IReadOnlyList<string> Errors { get; } = errors;
}
