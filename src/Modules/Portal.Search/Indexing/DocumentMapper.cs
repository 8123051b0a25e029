using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Search.Analysis;

namespace Portal.Search.Indexing;

/// <summary>A searchable document and its text as an index entry: the key stored, the rest indexed only.</summary>
internal static class DocumentMapper
{
    public static string Key(string kind, string id) => kind + ":" + id;

    public static (string Kind, string Id) Parse(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return (key[..colon], key[(colon + 1)..]);
    }

    public static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static Document Map(SearchableDocument source, string body)
    {
        var key = Key(source.Kind, source.Id);
        var document = new Document
        {
            new StringField(IndexFields.Key, key, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Key, new BytesRef(key)),
            new StringField(IndexFields.Level, ((int)source.Level).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new Int32Field(IndexFields.Date, DateNumber(source.Date), Field.Store.NO),
            new NumericDocValuesField(IndexFields.Date, DateNumber(source.Date)),
            new Int32Field(IndexFields.Year, source.Date.Year, Field.Store.NO),
            new StringField(IndexFields.NumberKey, NumberKey(source.Number), Field.Store.NO),
        };
        foreach (var user in source.AccessList)
            document.Add(new StringField(IndexFields.AccessList, user, Field.Store.NO));
        AddText(document, IndexFields.Number, source.Number);
        AddText(document, IndexFields.Subject, source.Subject);
        AddText(document, IndexFields.Sender, source.Sender);
        AddText(document, IndexFields.Type, source.DocumentType);
        AddText(document, IndexFields.Signer, source.Signer);
        AddText(document, IndexFields.Body, body);
        AddText(document, IndexFields.All, string.Join('\n', source.Number, source.Subject, source.Sender, source.DocumentType, source.Signer, body));
        AddFacet(document, IndexFields.FacetYear, source.Date.Year.ToString(CultureInfo.InvariantCulture));
        AddFacet(document, IndexFields.FacetType, source.DocumentType);
        AddFacet(document, IndexFields.FacetSender, source.Sender);
        AddFacet(document, IndexFields.FacetLevel, LevelNames.Of(source.Level));
        AddFacet(document, IndexFields.FacetUrgency, source.Urgency.Length == 0 ? "Thường" : source.Urgency);
        AddFacet(document, IndexFields.FacetState, source.State);
        return document;
    }

    /// <summary>A document number whole, lower case and without spaces: "11863/VPCP-KSTT" → "11863/vpcp-kstt".</summary>
    public static string NumberKey(string number) =>
        string.Concat(VietnameseText.Normal(number).ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)));

    private static void AddText(Document document, string field, string text)
    {
        var normal = VietnameseText.Normal(text);
        document.Add(new TextField(field, normal, Field.Store.NO));
        document.Add(new TextField(IndexFields.FoldedOf(field), normal, Field.Store.NO));
    }

    private static void AddFacet(Document document, string field, string value)
    {
        var normal = VietnameseText.Normal(value.Trim());
        document.Add(new StringField(field, normal, Field.Store.NO));
        document.Add(new SortedDocValuesField(field, new BytesRef(normal)));
    }
}
