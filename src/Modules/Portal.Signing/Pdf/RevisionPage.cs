using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Portal.Signing.Pdf;

/// <summary>A page of the last revision: its object, its dictionary and resources, and its size in points.</summary>
internal sealed record RevisionPage(IndirectReference Reference, DictionaryToken Dictionary, PageResources Resources, double Width, double Height);
