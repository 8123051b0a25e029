namespace Portal.Incoming.Services;

/// <summary>Someone a form may pick: the user name is sent, the name and position are shown.</summary>
public sealed record Person(string UserName, string FullName, string Position);
