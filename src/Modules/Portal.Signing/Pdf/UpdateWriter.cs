using System.Globalization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Portal.Signing.Pdf;

/// <summary>
/// Appends one incremental update after a PDF's last byte: new and replaced objects, then a
/// cross-reference section of the same kind as the previous one (table or stream) pointing back to it.
/// The bytes before the update are never touched, so earlier signatures keep verifying.
/// </summary>
internal sealed class UpdateWriter
{
    private readonly MemoryStream _output;
    private readonly PdfRevision _revision;
    private readonly SortedDictionary<int, (long Offset, int Generation)> _written = [];
    private int _next;

    public UpdateWriter(MemoryStream output, PdfRevision revision)
    {
        _output = output;
        _revision = revision;
        _next = revision.Size;
        if (output.Length > 0 && output.GetBuffer()[output.Length - 1] is not ((byte)'\n' or (byte)'\r'))
            Write("\n");
    }

    public MemoryStream Output => _output;

    public IndirectReference Reserve() => new(_next++, 0);

    /// <summary>Writes an object of Portal's own from its PDF text; returns where its body starts.</summary>
    public long WriteObject(IndirectReference reference, string body)
    {
        BeginObject(reference);
        var bodyStart = _output.Position;
        Write(body);
        Write("\nendobj\n");
        return bodyStart;
    }

    public void WriteStreamObject(IndirectReference reference, string dictionaryEntries, byte[] data)
    {
        BeginObject(reference);
        Write($"<<{dictionaryEntries} /Length {data.Length}>>\nstream\n");
        _output.Write(data);
        Write("\nendstream\nendobj\n");
    }

    /// <summary>Rewrites an existing object (same number and generation) from its parsed tokens.</summary>
    public void ReplaceObject(IndirectReference reference, IToken token)
    {
        BeginObject(reference);
        TokenWriter.Instance.WriteToken(token, _output);
        Write("\nendobj\n");
    }

    public void Finish()
    {
        if (_revision.XrefIsStream)
            FinishWithStream();
        else
            FinishWithTable();
    }

    private void FinishWithTable()
    {
        var start = _output.Position;
        Write("xref\n");
        foreach (var run in Runs(_written.Keys))
        {
            Write($"{run.First} {run.Count}\n");
            for (var number = run.First; number < run.First + run.Count; number++)
            {
                var (offset, generation) = _written[number];
                Write($"{offset:D10} {generation:D5} n \n");
            }
        }
        Write($"trailer\n<<{TrailerEntries()}>>\nstartxref\n{start}\n%%EOF\n");
    }

    private void FinishWithStream()
    {
        var self = Reserve();
        var start = _output.Position;
        _written[(int)self.ObjectNumber] = (start, 0);
        var rows = new MemoryStream();
        foreach (var (offset, generation) in _written.Values)
        {
            rows.WriteByte(1);
            rows.Write([(byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset]);
            rows.Write([(byte)(generation >> 8), (byte)generation]);
        }
        var index = string.Join(' ', Runs(_written.Keys).Select(r => $"{r.First} {r.Count}"));
        Write($"{self.ObjectNumber} 0 obj\n");
        Write($"<</Type /XRef /W [1 4 2] /Index [{index}]{TrailerEntries()} /Length {rows.Length}>>\nstream\n");
        _output.Write(rows.ToArray());
        Write($"\nendstream\nendobj\nstartxref\n{start}\n%%EOF\n");
    }

    private string TrailerEntries()
    {
        var entries = $" /Size {_next} /Root {Reference(_revision.Root)} /Prev {_revision.PreviousXref.ToString(CultureInfo.InvariantCulture)}";
        if (_revision.Info is IndirectReferenceToken info)
            entries += " /Info " + Reference(info.Data);
        if (_revision.Id is { } id)
            entries += " /ID " + Token(id);
        return entries;
    }

    private void BeginObject(IndirectReference reference)
    {
        if (reference.ObjectNumber > int.MaxValue || _written.ContainsKey((int)reference.ObjectNumber))
            throw new InvalidOperationException($"Object {reference.ObjectNumber} written twice in one update.");
        _written[(int)reference.ObjectNumber] = (_output.Position, reference.Generation);
        Write($"{reference.ObjectNumber} {reference.Generation} obj\n");
    }

    private static string Reference(IndirectReference reference) => $"{reference.ObjectNumber} {reference.Generation} R";

    private static string Token(IToken token)
    {
        using var buffer = new MemoryStream();
        TokenWriter.Instance.WriteToken(token, buffer);
        return System.Text.Encoding.Latin1.GetString(buffer.ToArray());
    }

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var number in numbers)
        {
            if (first is { } f && number == f + count)
            {
                count++;
                continue;
            }
            if (first is { } done)
                yield return (done, count);
            first = number;
            count = 1;
        }
        if (first is { } last)
            yield return (last, count);
    }

    private void Write(string text) => _output.Write(PdfText.Ascii(text));
}
