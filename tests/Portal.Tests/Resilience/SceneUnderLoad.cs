using Portal.Tests.Support;

namespace Portal.Tests.Resilience;

/// <summary>
/// A started host scene with clients registering documents and two uploading attachments, running until a
/// first number of each is confirmed: the load the backup and key tests copy, kill or rotate under.
/// </summary>
internal sealed record SceneUnderLoad(HostScene Scene, CrashLedger Ledger, CrashLoad Load) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Scene.DisposeAsync();

    public static async Task<SceneUnderLoad> StartAsync(int registering, int newRegistrations, int confirmedUploads)
    {
        var scene = await HostScene.CreateAsync();
        try
        {
            await scene.StartAsync();
            var ledger = new CrashLedger();
            var load = new CrashLoad(scene.Host, HostScene.Tenant, scene.Clerk, ledger);
            await CrashSafetyTests.RegisterTargetsAsync(scene.Clerk, load, ledger);
            load.Start(registering, uploading: 2, await CrashLoad.AntiforgeryTokenAsync(scene.Clerk, HostScene.Tenant, load.Targets[0]));
            await CrashSafetyTests.ConfirmationsAsync(ledger, ledger.Registrations.Count + newRegistrations, confirmedUploads);
            return new SceneUnderLoad(scene, ledger, load);
        }
        catch
        {
            await scene.DisposeAsync();
            throw;
        }
    }
}
