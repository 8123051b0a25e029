using System.Globalization;
using Portal.Ocr;
using Portal.Ocr.Worker;
using Portal.Ocr.Worker.Interop;
using Portal.Ocr.Worker.Thumbnails;

// The OCR worker: reads one untrusted file in its own process, under the limits its parent set
// (heap limit, data-segment and CPU rlimits, wall clock), and answers on standard output with
// "progress K N" lines, then one "result {json}" or "error {Vietnamese message}" line.
Leptonica.setMsgSeverity(Leptonica.SeverityNone);
var arguments = WorkerArguments.Parse(args);
var output = Console.Out;
try
{
    if (args.Contains(ThumbnailMode.Flag))
        return ThumbnailMode.Run(args, output);
    var result = WorkerJob.Run(arguments.Path, arguments.Name, arguments.Limits, arguments.Preprocess,
        p => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress {p.Page} {p.Pages}")),
        arguments.Zones ? ZoneDump.Write : null);
    output.WriteLine("result " + OcrResultJson.Serialize(result));
    return 0;
}
catch (OcrRefusal refusal)
{
    output.WriteLine("error " + refusal.Message);
    return 2;
}
catch (OutOfMemoryException)
{
    output.WriteLine("error Tệp cần quá nhiều bộ nhớ để đọc, vượt giới hạn của bộ nhận dạng: tệp bị từ chối.");
    return 3;
}
catch (DllNotFoundException)
{
    // Under its data limit the worker may not even map libtesseract; elsewhere the library is missing.
    output.WriteLine("error Không nạp được thư viện nhận dạng chữ (vượt giới hạn bộ nhớ của bộ nhận dạng, hoặc máy thiếu tesseract): tệp chưa được đọc.");
    return 3;
}
catch (Exception e)
{
    // The operator's log gets the type; the clerk gets a plain sentence, never a stack trace.
    Console.Error.WriteLine(e.GetType().FullName);
    output.WriteLine("error Không đọc được tệp: tệp hỏng hoặc không đúng định dạng.");
    return 3;
}
