using Portal.Access;

namespace Portal.Search.Querying;

/// <summary>A result as shown: the document's fields read from its module now, and a snippet with the matched words marked (HTML, encoded).</summary>
public sealed record SearchHit(
    string Kind, string Label, string Id, string Number, string Subject, string Sender, string DocumentType, string Signer, DateOnly Date,
    SecrecyLevel Level, string Urgency, string State, string Link, string Snippet, float Score);
