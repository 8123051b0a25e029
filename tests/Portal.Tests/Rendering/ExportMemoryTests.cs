using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portal.Rendering;
using Portal.Testing;
using Xunit.Abstractions;

namespace Portal.Tests.Rendering;

/// <summary>A 50,000-row register exported as XLSX keeps the server's memory flat while it streams out.</summary>
[Collection(ExportMemoryCollection.Name)]
public sealed class ExportMemoryTests(ITestOutputHelper output)
{
    private const int RowCount = 50_000;

    /// <summary>Far below what the rows would take held together (the SDK's own package held about 100 MB for them).</summary>
    private const long Bound = 24L << 20;

    [Fact]
    public async Task Fifty_thousand_rows_stream_out_without_the_heap_growing_with_them()
    {
        await using var server = await PortalTestServer.StartAsync(demoTenants: false);
        var file = Path.Combine(Path.GetTempPath(), $"portal-export-{Guid.NewGuid():N}.xlsx");
        var heap = new Dictionary<int, long>();
        try
        {
            await using (var stream = File.Create(file))
            {
                var table = new ExportTable("Sổ đăng ký văn bản mật đến", [.. Enumerable.Range(1, 8).Select(c => $"Cột {c}")], Rows(heap));
                await server.Get<ITableExport>().WriteAsync(table, TableFormat.Xlsx, new AsyncOnlyStream(stream), CancellationToken.None);
            }

            output.WriteLine($"Heap at row 1,000: {heap[1_000] >> 20} MB; at row {RowCount:N0}: {heap[RowCount] >> 20} MB; file {new FileInfo(file).Length >> 10} KB.");

            Assert.True(heap[RowCount] - heap[1_000] < Bound, $"The heap grew by {(heap[RowCount] - heap[1_000]) >> 20} MB.");
            var (rows, last) = CountRows(file);
            Assert.Equal(RowCount + 2, rows);
            Assert.Equal($"Văn bản số {RowCount} về việc bảo vệ bí mật nhà nước, cột 1", last);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Rows(Dictionary<int, long> heap)
    {
        for (var i = 1; i <= RowCount; i++)
        {
            if (i is 1_000 or RowCount)
                heap[i] = GC.GetTotalMemory(forceFullCollection: true);
            yield return [.. Enumerable.Range(1, 8).Select(c => $"Văn bản số {i} về việc bảo vệ bí mật nhà nước, cột {c}")];
            if (i % 5_000 == 0)
                await Task.Yield();
        }
    }

    /// <summary>Rows and the last row's first cell, read as a stream (the sheet is too big to want a DOM in the test too).</summary>
    private static (int Rows, string? Last) CountRows(string file)
    {
        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        using var reader = OpenXmlReader.Create(document.WorkbookPart!.WorksheetParts.Single());
        var (rows, last) = (0, (string?)null);
        var firstCell = false;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                (rows, firstCell) = (rows + 1, true);
            else if (firstCell && reader.ElementType == typeof(Text))
                (last, firstCell) = (reader.GetText(), false);
        }
        return (rows, last);
    }
}
