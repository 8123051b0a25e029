using Portal.Core;
using Portal.Core.Cli;
using Portal.Host.Setup;

namespace Portal.Host.Cli;

/// <summary>The host's verbs: run (first-run set-up, then serve), serve, setup, tenant ...</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = new CommandArguments(args);
        var verb = parsed.Words.FirstOrDefault() ?? "run";
        var hostArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        await using var app = PortalWebApp.Build(hostArgs);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        try
        {
            switch (verb)
            {
                case "run":
                    await FirstRun(app).RunAsync(withDemoTenants: !parsed.Flag("no-demo"), cancel.Token);
                    await app.RunAsync();
                    return 0;
                case "serve":
                    await app.Services.GetRequiredService<Portal.Core.Tenancy.TenantStore>().InitializeAsync(cancel.Token);
                    await app.RunAsync();
                    return 0;
                case "setup":
                    await FirstRun(app).RunAsync(withDemoTenants: !parsed.Flag("no-demo"), cancel.Token);
                    return 0;
                case "tenant":
                    return await ActivatorUtilities.CreateInstance<TenantCommands>(app.Services, ActivatorUtilities.CreateInstance<ControlClient>(app.Services)).RunAsync(parsed, cancel.Token);
                default:
                    var commands = app.Services.GetServices<ICliCommand>().ToList();
                    var command = commands.FirstOrDefault(c => c.Name == verb) ?? throw new CommandException(
                        $"Không có lệnh '{verb}'. Dùng: run, serve, setup, tenant, {string.Join(", ", commands.Select(c => c.Name))}.");
                    await app.Services.GetRequiredService<Portal.Core.Tenancy.TenantStore>().InitializeAsync(cancel.Token);
                    return await command.RunAsync(parsed, cancel.Token);
            }
        }
        catch (RequestRefusedException e)
        {
            foreach (var error in e.Errors)
                Console.Error.WriteLine(error);
            return 1;
        }
        catch (CommandException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static FirstRun FirstRun(WebApplication app) => ActivatorUtilities.CreateInstance<FirstRun>(app.Services);
}
