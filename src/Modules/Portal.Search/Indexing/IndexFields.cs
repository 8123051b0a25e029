namespace Portal.Search.Indexing;

/// <summary>
/// The index's fields. Only the key is stored; the text fields are indexed and never stored; the facet
/// fields keep their value beside the index (doc values) to be counted and sorted.
/// </summary>
internal static class IndexFields
{
    public const string Key = "key";
    public const string AccessList = "acl";
    public const string Level = "level";
    public const string Date = "date";
    public const string Year = "year";
    public const string NumberKey = "number_key";

    public const string Number = "number";
    public const string Subject = "subject";
    public const string Sender = "sender";
    public const string Type = "type";
    public const string Signer = "signer";
    public const string Body = "body";
    /// <summary>Every text field together: what a word without a field is looked for in.</summary>
    public const string All = "all";

    public static readonly IReadOnlyList<string> Text = [Number, Subject, Sender, Type, Signer, Body, All];

    public static string FoldedOf(string field) => field + "_f";

    public const string FacetYear = "f_year";
    public const string FacetType = "f_type";
    public const string FacetSender = "f_sender";
    public const string FacetLevel = "f_level";
    public const string FacetUrgency = "f_urgency";
    public const string FacetState = "f_state";

    public static readonly IReadOnlyList<string> Facets = [FacetYear, FacetType, FacetSender, FacetLevel, FacetUrgency, FacetState];

    /// <summary>The user data of a commit made by a complete build: an index without it is rebuilt.</summary>
    public const string CompleteMarker = "portal.complete";
}
