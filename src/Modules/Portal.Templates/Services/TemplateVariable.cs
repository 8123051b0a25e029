namespace Portal.Templates.Services;

/// <summary>One value a template may use: its name in the template, what it is, whether it is a list, and how it is read from the fields.</summary>
internal sealed record TemplateVariable(string Name, string Meaning, bool IsList, Func<DocumentFields, object> Read);
