using System.Diagnostics;
using System.Net;
using Portal.Testing;

namespace Portal.Benchmarks;

/// <summary>
/// Sequential GETs over loopback HTTP from one signed-in browser, every kind mixed in random order so
/// drift (JIT, caches, the growing audit trail, the machine's load) falls on all kinds alike. A request
/// counts only when its answer is the expected one: 200 with the document, or the missing-id 404 byte for byte.
/// </summary>
public sealed class HttpMix(PortalClient client, AccessDocuments documents, Random random)
{
    private string? _missingAnswer;

    public List<string> Errors { get; } = [];

    /// <summary>Requests that went through the access check (each writes one audit entry).</summary>
    public int CheckedRequests { get; private set; }

    public async Task<Dictionary<RequestKind, List<double>>> RunAsync(int perKind)
    {
        var order = Enum.GetValues<RequestKind>().SelectMany(kind => Enumerable.Repeat(kind, perKind)).ToArray();
        random.Shuffle(order);
        var times = Enum.GetValues<RequestKind>().ToDictionary(kind => kind, _ => new List<double>(perKind));
        foreach (var kind in order)
        {
            if (await TimeAsync(kind) is { } ms)
                times[kind].Add(ms);
        }
        return times;
    }

    private async Task<double?> TimeAsync(RequestKind kind)
    {
        var id = kind switch
        {
            RequestKind.Unprotected or RequestKind.Allowed => documents.Allowed[random.Next(documents.Allowed.Count)],
            RequestKind.Forbidden => documents.Forbidden[random.Next(documents.Forbidden.Count)],
            _ => AccessDocuments.NewId(),
        };
        var route = kind == RequestKind.Unprotected ? BenchDocumentsController.UnprotectedPath : BenchDocumentsController.ProtectedPath;
        CheckedRequests += kind == RequestKind.Unprotected ? 0 : 1;
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync($"{documents.Tenant}/{route}/{id}");
        var body = await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        var answer = $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {body}";
        var expected = kind is RequestKind.Unprotected or RequestKind.Allowed
            ? response.StatusCode == HttpStatusCode.OK && body.Contains(id, StringComparison.Ordinal)
            : response.StatusCode == HttpStatusCode.NotFound && answer == (_missingAnswer ??= answer);
        if (expected)
            return ms;
        if (Errors.Count < 20)
            Errors.Add($"{kind} {id}: HTTP {(int)response.StatusCode}, {body.Length} characters, not the expected answer");
        return null;
    }
}
