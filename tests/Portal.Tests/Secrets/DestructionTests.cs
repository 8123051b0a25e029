using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Backup;
using Portal.Core.Outbox;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Testing;
using Portal.Tests.Incoming;
using Portal.Tests.Support;

namespace Portal.Tests.Secrets;

/// <summary>
/// Destroying a secret document (tiêu hủy) over real HTTP: its text and files leave every file of the data folder (database
/// with free pages and log, index, vault), a backup taken before holds its file only as ciphertext whose key is gone, and
/// the register entry with the destruction record remains; the document then shows only that record. The search for the
/// text and the leader's direction are in the audit trail without the text.
/// </summary>
[Collection(DemoServerCollection.Name)]
public sealed class DestructionTests(DemoServerFixture fixture)
{
    [Fact]
    public async Task A_destroyed_document_leaves_no_text_or_file_anywhere_and_a_backup_taken_before_cannot_open_its_file()
    {
        var server = fixture.Server;
        var agency = await SecretAgency.CreateAsync(server, "bmhuy");
        var marker = "Dauvet" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        var fileMarker = "Tepvet" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var id = await agency.Agency.RegisterAsync(IncomingAgency.Form(("Subject", $"Phương án {marker} bảo vệ mục tiêu"), ("Notes", $"Ghi chú {marker}"),
            ("Level", "toi-mat"), ("NumberSymbol", "77/BQP-TH")));
        var clerk = await agency.Agency.AsAsync(DemoAccounts.Clerk);
        await AttachmentUploads.AttachAsync(clerk, agency.Tenant, id, ("Phuong-an.pdf", TextPdf.Of(1, fileMarker)));
        await agency.Agency.StepAsync(DemoAccounts.Clerk, id, "submit", new() { ["leader"] = DemoAccounts.Director });
        // The leader's words (bút phê) reach the timeline, never the audit trail, which a destruction cannot erase.
        await agency.Agency.StepAsync(DemoAccounts.Director, id, "direct", new()
        {
            ["Direction"] = $"Giao đồng chí Phó Giám đốc rà soát {marker}", ["LeadHandler"] = "phogiamdoc",
        });
        await DispatchAsync(agency.Tenant);
        Assert.Equal(1, (await agency.Agency.GetJsonAsync(DemoAccounts.Clerk, $"api/search?q={marker}")).GetProperty("total").GetInt32());
        var fileId = Guid.Parse(TenantStores.Rows(server, agency.Tenant, $"SELECT \"FileId\" FROM \"IncomingAttachments\" WHERE \"DocumentId\" = {id}").Single());
        var backup = Path.Combine(server.DataFolder, $"sao-luu-{agency.Tenant}.zip");
        await server.Get<TenantBackup>().BackupAsync(agency.Tenant, backup, CancellationToken.None);

        // Only a decider may destroy: the clerk sees the document and is refused.
        var decision = new { action = "tieu-huy", reason = "Hết giá trị sử dụng theo kế hoạch tiêu hủy năm 2026", decisionNumber = "15/QĐ-BQP" };
        var refused = await agency.DecideAsync(DemoAccounts.Clerk, id, decision);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var done = await agency.DecideAsync(DemoAccounts.Director, id, decision);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Đã tiêu hủy", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await DispatchAsync(agency.Tenant);

        // Nowhere in the data folder but in the backup's database snapshot (docs/architecture.md: what a backup taken before keeps).
        var remains = DataScan.Remains(server, backup, marker, fileMarker);
        Assert.True(remains.Count == 0, string.Join("\n", remains));
        Assert.Equal(0, (await agency.Agency.GetJsonAsync(DemoAccounts.Clerk, $"api/search?q={marker}")).GetProperty("total").GetInt32());

        // The register entry and the record remain, and the document's page shows only the record.
        var entry = await agency.EntryAsync("incoming", id);
        Assert.Equal("Đã tiêu hủy", entry.GetProperty("status").GetString());
        Assert.Equal("77/BQP-TH", entry.GetProperty("numberSymbol").GetString());
        Assert.Equal(["15/QĐ-BQP"], TenantStores.Rows(server, agency.Tenant,
            $"SELECT d.\"DecisionNumber\" FROM \"SecretDecisions\" d JOIN \"SecretRegister\" e ON e.\"Id\" = d.\"EntryId\" WHERE e.\"DocumentId\" = {id} AND d.\"Action\" = 'tieu-huy'"));
        Assert.Equal(["secret.entered", "secret.decision-refused", "secret.destroyed"], agency.AuditActions(id));
        var page = await clerk.PageAsync($"{agency.Tenant}/incoming/{id}");
        Assert.Contains("Đã tiêu hủy", page.Body!.TextContent);
        Assert.DoesNotContain(marker, page.Body.TextContent);
        var again = await agency.DecideAsync(DemoAccounts.Director, id, decision);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        // The backup taken before restores, but its copy of the file has no key any more.
        var restored = UniqueNames.Tenant("bmhuykp");
        await server.Get<TenantBackup>().RestoreAsync(backup, restored, CancellationToken.None);
        var host = server.Get<TenantHost>();
        var tenant = (await host.ActivateAsync(restored))!;
        await Assert.ThrowsAsync<FileUnreadableException>(() => host.RunAsync(tenant, async s =>
        {
            await using var content = await s.GetRequiredService<IFileVault>().OpenReadAsync(fileId, CancellationToken.None);
            return content.Length;
        }));
    }

    private async Task DispatchAsync(string tenant) =>
        await fixture.Server.Get<OutboxDispatcher>().DispatchAsync((await fixture.Server.Get<TenantHost>().ActivateAsync(tenant))!, CancellationToken.None);
}
