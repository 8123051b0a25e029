using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Signing;
using Portal.Tests.Incoming;
using Portal.Tests.Signing;
using Portal.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.Tests.Outgoing;

/// <summary>
/// The issued original as a reader and a verifier see it: the number under the issuer's name and the
/// place and date on the right are page text (written into the blanks the signer's page left), beside
/// the marks and the signer's name; both signatures verify with Portal's verifier and with poppler's
/// pdfsig, every font is embedded (pdffonts), and one byte changed inside any signed range breaks that signature.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed partial class IssuedOriginalTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task The_number_and_date_are_page_text_in_their_places_and_every_signed_byte_is_covered()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-so"));
        var id = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        var signedOnly = await outgoing.PdfAsync(OutgoingAgency.Clerk, id);
        var issued = await outgoing.StepOkAsync(OutgoingAgency.Clerk, id, "issue");
        var date = DateOnly.Parse(issued.GetProperty("issuedOn").GetString()!, CultureInfo.InvariantCulture);
        var pdf = await outgoing.PdfAsync(OutgoingAgency.Clerk, id);

        {
            var lines = FirstPageLines(pdf);
            var middle = 595.0 / 2;
            var number = Assert.Single(lines, l => l.Text.StartsWith("Số:", StringComparison.Ordinal));
            Assert.Equal("Số:01/SNV-VP", number.Text);
            Assert.True(number.Right < middle, "The number sits in the left column, under the issuer.");
            var issuer = lines.First(l => l.Right < middle);
            Assert.True(issuer.Baseline > number.Baseline, "The issuer's name is above the number.");
            var month = date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
            var dateLine = Assert.Single(lines, l => l.Text.StartsWith("NghệAn,", StringComparison.Ordinal));
            Assert.Equal($"NghệAn,ngày{date.Day:00}tháng{month}năm{date.Year}", dateLine.Text);
            Assert.True((dateLine.Left + dateLine.Right) / 2 > middle, "The place and date sit on the right, under the motto.");
            Assert.True(Math.Abs(number.Baseline - dateLine.Baseline) < 30, "Number and date face each other in the header.");
            var mark = Assert.Single(lines, l => l.Text.Contains("MẬT", StringComparison.Ordinal) && l.Right < middle);
            Assert.True(mark.Baseline < number.Baseline, "The classification is stamped under the number.");
            Assert.Contains(lines, l => l.Text.Contains("KHẨN", StringComparison.Ordinal) && l.Baseline < number.Baseline);
            var signer = Assert.Single(lines, l => l.Text == "HoàngVănMinh");
            Assert.True(signer.Left > middle && signer.Baseline < mark.Baseline, "The signer's name closes the right column at the foot.");
        }
        // Before issue the blanks were empty: the page the signer signed had no number or date.
        Assert.Contains(FirstPageLines(signedOnly), l => l.Text == "Số:/SNV-VP");

        // Every font is in the file, the digits the clerk's update drew included: no reader substitutes its own.
        var fonts = await Pdffonts.ListAsync(pdf);
        Assert.Contains(fonts, f => f.Name == "LiberationSerif");
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded."));

        var trust = new ListTrust(Authorities(pdf));
        var verifier = new PdfSignatureVerifier(TimeProvider.System);
        Assert.All(verifier.Verify(pdf, trust), v => Assert.True(v.IsValid, v.Message));
        Assert.Equal(2, verifier.Verify(pdf, trust).Count);
        Assert.Equal(2, Pdfsig.ValidCount(await Pdfsig.CheckAsync(pdf)));

        var ranges = ByteRanges(pdf);
        Assert.Equal(2, ranges.Count);
        foreach (var (signature, range) in ranges.SelectMany((r, i) => new[] { (i, (r[0], r[1])), (i, (r[2], r[3])) }))
        {
            var tampered = (byte[])pdf.Clone();
            var at = range.Item1 + range.Item2 / 2;
            tampered[at] = (byte)(tampered[at] == (byte)'0' ? '1' : '0');
            var verdicts = verifier.Verify(tampered, trust);
            Assert.True(verdicts.Count <= signature || !verdicts[signature].IsValid, $"Signature {signature}: byte {at} changed and still valid.");
            Assert.True(Pdfsig.ValidCount(await Pdfsig.CheckAsync(tampered)) < 2, $"pdfsig still finds both valid with byte {at} changed.");
        }
    }

    /// <summary>Page 1's text as lines (words on one baseline, left to right, joined without spaces), top first.</summary>
    private static List<TextLine> FirstPageLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Lines(document.GetPage(1));
    }

    private static List<TextLine> Lines(Page page) =>
        page.GetWords().GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .SelectMany(SplitColumns)
            .OrderByDescending(l => l.Baseline).ToList();

    /// <summary>Words more than a few centimetres apart on one baseline are in different columns (issuer and motto).</summary>
    private static IEnumerable<TextLine> SplitColumns(List<Word> words)
    {
        var run = new List<Word> { words[0] };
        foreach (var word in words.Skip(1))
        {
            if (word.BoundingBox.Left - run[^1].BoundingBox.Right > 60)
            {
                yield return TextLine.Of(run);
                run = [];
            }
            run.Add(word);
        }
        yield return TextLine.Of(run);
    }

    private sealed record TextLine(string Text, double Left, double Right, double Baseline)
    {
        public static TextLine Of(List<Word> words) => new(string.Concat(words.Select(w => w.Text)).Normalize(NormalizationForm.FormC),
            words[0].BoundingBox.Left, words[^1].BoundingBox.Right, words[0].Letters[0].StartBaseLine.Y);
    }

    private static List<int[]> ByteRanges(byte[] pdf) =>
        ByteRange().Matches(Encoding.Latin1.GetString(pdf))
            .Select(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray()).ToList();

    /// <summary>The tenant's signing CA, as sent in the signer's CMS: the test trusts what the keystore issued.</summary>
    private static IEnumerable<System.Security.Cryptography.X509Certificates.X509Certificate2> Authorities(byte[] pdf)
    {
        // The /Contents hole is zero-padded; the CMS is as long as its outer DER header says (trimming zeros would cut
        // a signature that happens to end in a zero byte).
        var padded = Convert.FromHexString(Contents().Match(Encoding.Latin1.GetString(pdf)).Groups[1].Value);
        AsnDecoder.ReadEncodedValue(padded, AsnEncodingRules.BER, out _, out _, out var length);
        var cms = new SignedCms();
        cms.Decode(padded.AsSpan(0, length));
        var signer = cms.SignerInfos[0].Certificate!;
        return cms.Certificates.Where(c => c.Thumbprint != signer.Thumbprint);
    }

    [GeneratedRegex(@"/ByteRange\s*\[([0-9 ]+)\]")]
    private static partial Regex ByteRange();

    [GeneratedRegex(@"/Contents\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Contents();
}
