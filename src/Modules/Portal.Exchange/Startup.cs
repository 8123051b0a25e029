using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Modules;
using Portal.Exchange.Envelopes;

namespace Portal.Exchange;

/// <summary>
/// Exchange of secret documents between agencies. This first part seals and opens envelopes (content
/// encrypted once, its key wrapped for each recipient, headers signed by the sender); the directory's
/// keys, delivery between nodes, the electronic incoming queue and status messages come with issue 10.
/// </summary>
public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest { get; } = ModuleManifest.Single(ExchangeFeature.Id, "Liên thông văn bản",
        "Gửi, nhận, theo dõi và thu hồi văn bản mật giữa các cơ quan qua phong bì đã mã hóa và ký số.");

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IEnvelopeSeal, EnvelopeSeal>();
    }
}
