namespace Portal.Exchange.Sending;

/// <summary>The recipients chosen from the directory: agency codes and groups (see <see cref="IAgencyDirectory"/>).</summary>
public sealed record SendInput(string[]? Recipients, string[]? Groups);
