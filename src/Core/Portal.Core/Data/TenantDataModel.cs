using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>A module's DbContext: which feature owns it and where its migration history lives.</summary>
public sealed record TenantDataModel(
    Type ContextType,
    string FeatureId,
    string MigrationsHistoryTable,
    Func<DbContextOptions, DbContext> Create);
