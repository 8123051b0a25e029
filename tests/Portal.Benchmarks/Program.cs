using System.Text.Json;
using Portal.Benchmarks;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

switch (options.Phase)
{
    case null when options.Scenario == "access":
        return await AccessScenario.RunAsync(options, args);
    case null when options.Scenario == "audit":
        return await AuditScenario.RunAsync(options, args);
    case null when options.Scenario == "ocr":
        return await OcrScenario.RunAsync(options, args);
    case null when options.Scenario == "incoming":
        return await IncomingScenario.RunAsync(options, args);
    case null when options.Scenario == "outgoing":
        return await Portal.Benchmarks.Outgoing.OutgoingScenario.RunAsync(options, args);
    case null when options.Scenario == "exchange":
        return await Portal.Benchmarks.Exchange.ExchangeScenario.RunAsync(options, args);
    case null when options.Scenario == "dossiers":
        return await Portal.Benchmarks.Dossiers.DossierScenario.RunAsync(options, args);
    case null when options.Scenario == "oversight":
        return await Portal.Benchmarks.Oversight.OversightScenario.RunAsync(options, args);
    case null when options.Scenario == "notifications":
        return await Portal.Benchmarks.Notifications.NotificationScenario.RunAsync(options, args);
    case null when options.Scenario == "merge":
        return await Portal.Benchmarks.Reorganisation.MergeScenario.RunAsync(options, args);
    case null when options.Scenario == "search":
        return await Portal.Benchmarks.Search.SearchScenario.RunAsync(options, args);
    case null:
        return await BenchRun.RunAsync(options, args);
    case "create":
        await File.WriteAllTextAsync(options.Output!, JsonSerializer.Serialize(await CreatePhase.RunAsync(options, options.DataFolder), ResultsFile.Json));
        return 0;
    case "measure":
        await File.WriteAllTextAsync(options.Output!, JsonSerializer.Serialize(await MeasurePhase.RunAsync(options, options.DataFolder), ResultsFile.Json));
        return 0;
    case "profile":
        await ProfilePhase.RunAsync(options, options.Data ?? Path.Combine(Path.GetTempPath(), "portal-bench-profile"));
        return 0;
    default:
        Console.Error.WriteLine($"Unknown phase '{options.Phase}'.");
        return 2;
}
