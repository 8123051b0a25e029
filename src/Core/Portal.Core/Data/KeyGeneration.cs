using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portal.Core.Data;

/// <summary>
/// Hand-written migrations are provider-neutral; the one thing they must say per provider is how an
/// integer key is generated. Every such column goes through here; each provider reads only its own annotation.
/// </summary>
public static class KeyGeneration
{
    public static OperationBuilder<AddColumnOperation> Generated(this OperationBuilder<AddColumnOperation> column) =>
        column.Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
