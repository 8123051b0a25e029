using Portal.Access;

namespace Portal.Search;

/// <summary>
/// What the index knows of a document: the fields searched, filtered, sorted and counted by, and who may
/// see it (its level and access list, the same facts the one access check reads). No text is stored.
/// </summary>
public sealed record SearchableDocument(
    string Kind,
    string Id,
    string Number,
    string Subject,
    string Sender,
    string DocumentType,
    string Signer,
    DateOnly Date,
    SecrecyLevel Level,
    string Urgency,
    string State,
    string Link,
    IReadOnlyList<string> AccessList);
