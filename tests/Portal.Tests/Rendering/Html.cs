namespace Portal.Tests.Rendering;

/// <summary>Whole HTML documents for the renderer, as a caller builds them.</summary>
public static class Html
{
    public static string Document(string body, string head = "") =>
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>body{font-family:'Liberation Serif',serif;font-size:13pt}"
        + "section.page{break-after:page}section.page:last-child{break-after:auto}</style>" + head + "</head><body>" + body + "</body></html>";
}
