namespace Portal.Templates.Services;

/// <summary>A part of the decree's layout that every template of a type must show: the text that proves it is there, and its name for the admin.</summary>
internal sealed record RequiredPart(string Name, string Probe);
