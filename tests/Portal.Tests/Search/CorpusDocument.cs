namespace Portal.Tests.Search;

/// <summary>A document of the test corpus, as the clerk registers it (its number is its name in the tests).</summary>
public sealed record CorpusDocument(string Number, string Type, string Sender, string Date, string Subject, string Notes = "",
    string Level = "mat", string Urgency = "");
