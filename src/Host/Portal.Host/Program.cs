using Portal.Host.Cli;

return await CommandLine.RunAsync(args);
