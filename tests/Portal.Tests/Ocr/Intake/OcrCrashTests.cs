using System.Net;
using Portal.Ocr;
using Portal.Testing;
using Portal.Tests.Incoming;
using Xunit.Abstractions;

namespace Portal.Tests.Ocr.Intake;

/// <summary>
/// The job queue survives the server: a real Portal.Host process is killed (SIGKILL, its worker with it) while a
/// scan is being read; after the restart, before anyone visits the agency, the job is taken up again once its lease
/// runs out and read to its end, its private folders of the killed process are erased, and it registers exactly one document.
/// </summary>
[Trait("Database", "Both")]
public sealed class OcrCrashTests(ITestOutputHelper output)
{
    private const string Tenant = DemoAccounts.Department;

    [Fact]
    public async Task A_job_interrupted_by_a_kill_is_read_again_after_the_restart_and_registers_once()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var host = new PortalHostProcess(dataFolder, await TestDatabase.CreateAsync(dataFolder, owned: true), new Dictionary<string, string>
        {
            ["Portal__Ocr__LeaseDuration"] = "00:00:10",
            ["Portal__Ocr__PollInterval"] = "00:00:01",
        });
        try
        {
            var setup = await host.RunAsync(["setup"]);
            Assert.True(setup.ExitCode == 0, setup.Output);
            await host.StartAsync();
            using (var clerk = await SignInAsync(host))
            {
                var job = await OcrIntake.StartAsync(clerk, Tenant, "cong-van.jpg", OcrIntake.Sample("sample2"));
                var clock = System.Diagnostics.Stopwatch.StartNew();
                OcrIntake.JobPage page;
                while ((page = await OcrIntake.ReadAsync(clerk, Tenant, job)).State != "running")
                {
                    Assert.True(page.State == "queued" && clock.Elapsed < TimeSpan.FromMinutes(1), $"{page.State} after {clock.Elapsed}");
                    await Task.Delay(50);
                }
                output.WriteLine($"running after {clock.Elapsed}: page {page.Page}/{page.Pages}, run {page.Attempts}");
                await host.KillAsync();

                await host.StartAsync();
                // Nobody visits the agency: the restarted server takes the job up on its own (its runner's private folder appears).
                while (!Directory.EnumerateDirectories(Path.GetTempPath(), $"portal-ocr-scan-{host.ProcessId}-*").Any())
                {
                    Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"the job was not taken up again without a visit after {clock.Elapsed}\n{host.ServerErrors()}");
                    await Task.Delay(20);
                }
                output.WriteLine($"taken up again without a visit {clock.Elapsed} after the upload");
                using var again = await SignInAsync(host);
                var finished = await OcrIntake.FinishedAsync(again, Tenant, job, diagnostics: host.ServerErrors);
                Assert.Equal("done", finished.State);
                output.WriteLine($"done {clock.Elapsed} after the upload");
                var form = await again.PageAsync(finished.Location!);
                var values = OcrIntake.FormValues(form);
                Assert.Equal(OcrSamples.Meta("sample2")[OcrFields.Number], values["NumberSymbol"]);
                values["next"] = "false";

                // Two submissions of the pre-filled form at once (a double click, a second tab): one registration.
                var submissions = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => again.SubmitAsync(finished.Location!, values, "/incoming/new")));
                Assert.Single(submissions, r => r.StatusCode == HttpStatusCode.Redirect);
                Assert.Single(submissions, r => r.StatusCode == HttpStatusCode.OK);
                var registered = await OcrIntake.ReadAsync(again, Tenant, job);
                Assert.Equal("done", registered.State);
                Assert.Null(registered.Location);
                var attempts = (await again.PageAsync($"{Tenant}/ocr/jobs/{job}")).QuerySelector("#ocr-job")!.GetAttribute("data-attempts");
                output.WriteLine($"{host.Database.Provider}: read in {attempts} runs");
                Assert.Equal("2", attempts);
                var list = await again.PageAsync($"{Tenant}/incoming/registered");
                Assert.Equal(1, list.QuerySelectorAll("tbody tr").Count(tr => tr.TextContent.Contains(values["NumberSymbol"], StringComparison.Ordinal)));
            }

            // Nothing decrypted is left behind by the killed process.
            var abandoned = Directory.EnumerateDirectories(Path.GetTempPath(), "portal-ocr-*")
                .Where(f => Path.GetFileName(f).Split('-') is { Length: >= 5 } parts && int.TryParse(parts[3], out var pid) && !Alive(pid)).ToList();
            Assert.Empty(abandoned);
        }
        finally
        {
            await host.KillAsync();
            await host.Database.DropAsync();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task<PortalClient> SignInAsync(PortalHostProcess host)
    {
        var clerk = new PortalClient(host.BaseAddress);
        Assert.True(await clerk.SignInAsync(Tenant, DemoAccounts.Clerk, DemoAccounts.Password));
        return clerk;
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
