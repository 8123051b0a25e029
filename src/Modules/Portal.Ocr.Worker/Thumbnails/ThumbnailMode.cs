namespace Portal.Ocr.Worker.Thumbnails;

/// <summary>
/// The worker's second job: "FILE --thumbnail [--name NAME] [limits]" answers one "thumbnail {base64 PNG}" line, or
/// "error {Vietnamese message}" — the same checks and limits as reading, so a decompression bomb gets no thumbnail.
/// </summary>
internal static class ThumbnailMode
{
    public const string Flag = "--thumbnail";

    public static int Run(string[] args, TextWriter output)
    {
        var arguments = WorkerArguments.Parse([.. args.Where(a => a != Flag)]);
        var png = Thumbnailer.Make(arguments.Path, arguments.Name, arguments.Limits);
        output.WriteLine("thumbnail " + Convert.ToBase64String(png));
        return 0;
    }
}
