using Portal.Rendering;

namespace Portal.Dossiers.Services;

/// <summary>One page of a document in the dossier's export: a page image, or a note where a file gives none (with the reason).</summary>
public sealed record BookPage(CopyPage? Image, string? Note);

/// <summary>A filed document and its pages in the dossier's export, in the order of its files.</summary>
public sealed record BookDocument(FiledDocument Document, IReadOnlyList<BookPage> Pages);
