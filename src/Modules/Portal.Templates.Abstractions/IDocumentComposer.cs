namespace Portal.Templates;

/// <summary>
/// Lays a document out: the tenant's template for its type fills the page, in a sandbox, and the marks
/// are placed over it from <see cref="DocumentMarks"/>. The result is a whole HTML document for the
/// PDF renderer; throws <see cref="TemplateRefusedException"/> when the template cannot be used.
/// </summary>
public interface IDocumentComposer
{
    /// <summary>The documents' stylesheet under the tenant's prefix, for any signed-in person.</summary>
    const string StylesheetPath = "/templates/van-ban.css";

    Task<string> ComposeAsync(string typeCode, DocumentFields fields, DocumentMarks marks, CancellationToken cancellationToken);

    /// <summary>The page alone (the <c>.van-ban</c> block), for a preview inside a page that links <see cref="StylesheetPath"/>.</summary>
    Task<string> ComposeBodyAsync(string typeCode, DocumentFields fields, DocumentMarks marks, CancellationToken cancellationToken);

    /// <summary>The same with a template that is not saved (a preview while editing).</summary>
    string ComposeWith(string templateSource, DocumentType type, DocumentFields fields, DocumentMarks marks);
}
