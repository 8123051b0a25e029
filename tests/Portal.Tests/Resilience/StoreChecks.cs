using System.Globalization;

namespace Portal.Tests.Resilience;

/// <summary>What must hold in a tenant's store after any crash and the vault's sweep.</summary>
public static class StoreChecks
{
    public static IReadOnlyList<StoreCheck> All { get; } =
    [
        new("every confirmed registration is stored as confirmed", s => Task.FromResult(ConfirmedRegistrations(s))),
        new("arrival numbers are 1..N without gap or duplicate", s => Task.FromResult(Numbering(s))),
        new("no half-registered document", s => Task.FromResult(WholeDocuments(s))),
        new("every confirmed upload is attached with its hash", s => Task.FromResult(ConfirmedUploads(s))),
        new("attachments, vault rows and blobs match one to one", s => Task.FromResult(VaultMatches(s))),
        new("`audit verify` passes", AuditVerifiesAsync),
        new("the search index with the pending outbox covers the database", s => Task.FromResult(IndexReplayable(s))),
    ];

    private static IReadOnlyList<string> ConfirmedRegistrations(CrashScene scene)
    {
        var stored = scene.Rows("SELECT \"Id\" || ' ' || \"ArrivalNumber\" || ' ' || \"NumberSymbol\" FROM \"IncomingDocuments\"").ToHashSet();
        return scene.Ledger.Registrations.Where(r => !stored.Contains($"{r.Id} {r.ArrivalNumber} {r.NumberSymbol}"))
            .Select(r => $"registration {r.Id} (number {r.ArrivalNumber}, {r.NumberSymbol}) confirmed but not stored as such").ToList();
    }

    private static IReadOnlyList<string> Numbering(CrashScene scene)
    {
        var numbers = scene.Rows("SELECT \"ArrivalNumber\" FROM \"IncomingDocuments\"").Select(int.Parse).Order().ToList();
        return numbers.SequenceEqual(Enumerable.Range(1, numbers.Count))
            ? []
            : [$"numbers are not 1..{numbers.Count}: {string.Join(",", numbers.Where((n, i) => n != i + 1).Take(10))} out of place"];
    }

    private static IReadOnlyList<string> WholeDocuments(CrashScene scene)
    {
        var half = scene.Rows(
            "SELECT d.\"Id\" FROM \"IncomingDocuments\" d WHERE " +
            "NOT EXISTS (SELECT 1 FROM \"IncomingParticipants\" p WHERE p.\"DocumentId\" = d.\"Id\") OR " +
            "NOT EXISTS (SELECT 1 FROM \"IncomingEvents\" e WHERE e.\"DocumentId\" = d.\"Id\" AND e.\"Action\" = 'incoming.registered') OR " +
            "NOT EXISTS (SELECT 1 FROM \"AuditEntries\" a WHERE a.\"Action\" = 'incoming.registered' AND a.\"TargetId\" = CAST(d.\"Id\" AS TEXT))");
        return half.Select(id => $"document {id} lacks its access list, timeline or audit entry").ToList();
    }

    private static IReadOnlyList<string> ConfirmedUploads(CrashScene scene)
    {
        var stored = scene.Rows(
            "SELECT a.\"DocumentId\" || ' ' || a.\"FileName\" || ' ' || f.\"Sha256\" FROM \"IncomingAttachments\" a " +
            "JOIN \"VaultFiles\" f ON f.\"Id\" = a.\"FileId\"").ToHashSet();
        return scene.Ledger.Uploads.Where(u => !stored.Contains($"{u.DocumentId} {u.FileName} {u.Sha256}"))
            .Select(u => $"upload {u.FileName} ({u.Length} bytes, {u.Sha256}) to document {u.DocumentId} confirmed but stored as " +
                $"[{string.Join(", ", stored.Where(s => s.Contains($" {u.FileName} ", StringComparison.Ordinal)))}]").ToList();
    }

    private static IReadOnlyList<string> VaultMatches(CrashScene scene)
    {
        var problems = new List<string>();
        var attached = scene.Rows("SELECT \"FileId\" FROM \"IncomingAttachments\"").Select(Guid.Parse).ToList();
        var rows = scene.Rows("SELECT \"Id\" FROM \"VaultFiles\"").Select(Guid.Parse).ToHashSet();
        var blobs = Directory.Exists(scene.VaultFolder)
            ? Directory.EnumerateFiles(scene.VaultFolder, "*.blob", SearchOption.AllDirectories)
                .Select(f => Guid.ParseExact(Path.GetFileNameWithoutExtension(f), "N")).ToHashSet()
            : [];
        var temporary = Directory.Exists(scene.VaultFolder)
            ? Directory.EnumerateFiles(scene.VaultFolder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".blob", StringComparison.Ordinal)).ToList()
            : [];
        problems.AddRange(attached.Where(id => !rows.Contains(id)).Select(id => $"attachment {id} has no vault row"));
        problems.AddRange(rows.Where(id => !attached.Contains(id)).Select(id => $"vault row {id} belongs to no attachment"));
        problems.AddRange(rows.Where(id => !blobs.Contains(id)).Select(id => $"vault row {id} has no blob"));
        problems.AddRange(blobs.Where(id => !rows.Contains(id)).Select(id => $"orphan blob {id} left after the sweep"));
        problems.AddRange(temporary.Select(f => $"temporary file {Path.GetFileName(f)} left after the sweep"));
        return problems;
    }

    /// <summary>
    /// While the server is down the index may lag behind the database, but only by what the outbox will replay:
    /// each document is in the index's last complete commit or has its "document changed" message pending
    /// (an incomplete index is rebuilt from the database when next opened). The index as it is after the
    /// restart is checked by <see cref="SearchIndexCheck"/>.
    /// </summary>
    private static IReadOnlyList<string> IndexReplayable(CrashScene scene)
    {
        var (indexed, complete) = SearchIndexCheck.Indexed(scene);
        if (!complete)
            return [];
        var pending = scene.Rows("SELECT \"Payload\" FROM \"OutboxMessages\" WHERE \"Topic\" = 'document.changed'")
            .Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement)
            .Where(p => p.GetProperty("kind").GetString() == "incoming").Select(p => p.GetProperty("id").GetString()!).ToHashSet();
        var stored = scene.Rows("SELECT \"Id\" FROM \"IncomingDocuments\"");
        var lost = stored.Where(id => !indexed.Contains(id) && !pending.Contains(id)).ToList();
        var stale = indexed.Where(id => !stored.Contains(id) && !pending.Contains(id)).ToList();
        return
        [
            .. lost.Take(10).Select(id => $"document {id} is neither in the index nor waiting in the outbox"),
            .. stale.Take(10).Select(id => $"index entry {id} has no document and no pending removal"),
        ];
    }

    private static async Task<IReadOnlyList<string>> AuditVerifiesAsync(CrashScene scene)
    {
        var (exitCode, output) = await scene.Host.RunAsync(["audit", "verify", "--tenant", scene.Tenant]);
        return exitCode == 0 ? [] : [$"audit verify exited {exitCode.ToString(CultureInfo.InvariantCulture)}: {output}"];
    }
}
