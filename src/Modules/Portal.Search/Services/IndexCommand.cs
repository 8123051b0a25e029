using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Portal.Audit;
using Portal.Core.Cli;
using Portal.Search.Indexing;

namespace Portal.Search.Services;

/// <summary>`./portal index rebuild [--tenant X]`: rebuilds the search index of every running tenant with search (or one) from its database, with progress.</summary>
internal sealed class IndexCommand(CliTenants tenants) : ICliCommand
{
    public string Name => "index";

    public string Usage => "index rebuild [--tenant TÊN]";

    public async Task<int> RunAsync(CommandArguments args, CancellationToken cancellationToken)
    {
        if (args.Words.ElementAtOrDefault(1) != "rebuild")
            throw new CommandException("Dùng: ./portal " + Usage);
        var count = await tenants.ForEachAsync(args, async (name, tenant) =>
        {
            if (!tenant.HasFeature(SearchFeature.Id))
                throw new CommandException($"Cơ quan '{name}' chưa bật tính năng tra cứu.");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var progress = new Progress<int>(n => Console.WriteLine($"  {name}: {n:N0} văn bản…"));
            try
            {
                var documents = await tenants.RunAsync(tenant, services => services.GetRequiredService<IndexMaintenance>().RebuildAsync(progress, cancellationToken));
                Console.WriteLine($"OK    {name}: {documents:N0} văn bản trong {clock.Elapsed.TotalSeconds:N1} giây.");
            }
            catch (LockObtainFailedException)
            {
                throw new CommandException($"Chỉ mục của '{name}' đang được máy chủ dùng: dừng máy chủ rồi chạy lại lệnh " +
                                           "(hoặc xóa thư mục chỉ mục: máy chủ tự xây dựng lại khi dùng đến).");
            }
        }, cancellationToken, SearchFeature.Id);
        Console.WriteLine($"Đã xây dựng lại chỉ mục của {count} cơ quan.");
        return 0;
    }
}
