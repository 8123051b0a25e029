using System.Diagnostics;
using System.Text.Json;
using Portal.Ocr;

namespace Portal.Tests.Ocr;

/// <summary>`./portal ocr FILE [--json]` as the operator runs it: the host program in its own process.</summary>
public sealed class OcrCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("portal-ocr-cli-").FullName;

    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Host.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["PORTAL_DATA"] = _data;
        start.Environment["PORTAL_CWD"] = OcrSamples.Folder;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    [Fact]
    public async Task Json_output_has_the_samples_keys_with_a_confidence_for_each_field()
    {
        var (exit, output, _) = await RunAsync("ocr", "sample3.jpg", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var expected = OcrSamples.Meta("sample3");
        Assert.All(expected.Keys, key => Assert.True(json.RootElement.TryGetProperty(key, out _), key));
        Assert.Equal(expected[OcrFields.Date], json.RootElement.GetProperty(OcrFields.Date).GetString());
        Assert.Equal(expected[OcrFields.Number], json.RootElement.GetProperty(OcrFields.Number).GetString());
        var confidence = json.RootElement.GetProperty("confidence");
        Assert.All(expected.Keys, key => Assert.InRange(confidence.GetProperty(key).GetDouble(), 0, 1));
    }

    [Fact]
    public async Task Plain_output_is_the_text_in_reading_order()
    {
        var (exit, output, _) = await RunAsync("ocr", "sample1.jpg");

        Assert.Equal(0, exit);
        Assert.StartsWith("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSỞ NỘI VỤ\nSố: 215/SNV-VP", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_exits_non_zero_with_a_vietnamese_sentence_and_no_stack_trace()
    {
        var empty = Path.Combine(_data, "rong.png");
        await File.WriteAllBytesAsync(empty, []);

        var (exit, output, errors) = await RunAsync("ocr", empty);

        Assert.NotEqual(0, exit);
        Assert.Equal("", output.Trim());
        Assert.Equal("Tệp rỗng (0 byte): không có gì để nhận dạng.", errors.Trim());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
