using System.Globalization;

namespace Portal.Ocr.Worker;

/// <summary>The worker's command line: FILE [--name NAME] [--raw] [--zones] [--max-pixels N] [--max-pages N] [--max-bytes N].</summary>
internal sealed record WorkerArguments(string Path, string? Name, bool Preprocess, bool Zones, WorkerLimits Limits)
{
    public static WorkerArguments Parse(string[] args)
    {
        var limits = WorkerLimits.Default;
        string? path = null, name = null;
        var preprocess = true;
        var zones = false;
        for (var i = 0; i < args.Length; i++)
        {
            long Next() => long.Parse(args[++i], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--name": name = args[++i]; break;
                case "--raw": preprocess = false; break;
                case "--zones": zones = true; break;
                case "--max-pixels": limits = limits with { MaxPixels = Next() }; break;
                case "--max-pages": limits = limits with { MaxPages = (int)Next() }; break;
                case "--max-bytes": limits = limits with { MaxBytes = Next() }; break;
                default: path = args[i]; break;
            }
        }
        return new WorkerArguments(path ?? "", name, preprocess, zones, limits);
    }
}
