namespace Portal.Templates;

/// <summary>A template that cannot be used, with a Vietnamese message naming the line when one is known.</summary>
public sealed class TemplateRefusedException(string message, int? line = null) : Exception(message)
{
    public int? Line { get; } = line;
}
