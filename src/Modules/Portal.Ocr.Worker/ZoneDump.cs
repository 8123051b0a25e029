using Portal.Ocr.Worker.Layout;

namespace Portal.Ocr.Worker;

/// <summary>`--zones`: every line with its zone, box and confidence on standard error, to see why a letter was misread.</summary>
internal static class ZoneDump
{
    public static void Write(PageZones zones, List<TextLine> red)
    {
        void Dump(string zone, IEnumerable<TextLine> lines)
        {
            foreach (var l in lines)
                Console.Error.WriteLine($"{zone,-6} {l.Box.Left,5} {l.Top,5} {l.Box.Right,5} {l.Bottom,5} {l.Confidence:0.00} {l.Text}");
        }
        Dump("HL", zones.HeaderLeft);
        Dump("HR", zones.HeaderRight);
        Dump("B", zones.Body);
        Dump("M", zones.Marks);
        Dump("FL", zones.FooterLeft);
        Dump("FR", zones.FooterRight);
        Dump("NAME", zones.NameReadAgain is { } name ? [name] : []);
        Dump("RED", red);
    }
}
