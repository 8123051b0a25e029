using Portal.Access;

namespace Portal.Secrets;

/// <summary>
/// A secret document as the register knows it: number and symbol, its level, and the day the level was set
/// (the document's date for an incoming one, the day of issue for an outgoing one): the protection period runs from it;
/// and the period in years written on the document, when it states a shorter one (null: none).
/// </summary>
public sealed record HeldSecret(string Kind, int Id, string NumberSymbol, SecrecyLevel Level, DateOnly LevelSetOn, int? StatedYears = null);
