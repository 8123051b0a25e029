using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Exchange.Models;

namespace Portal.Exchange.Migrations;

/// <summary>A redirected code tells whether its agency was split rather than merged, for the directory's note.</summary>
[DbContext(typeof(ExchangeDb))]
[Migration("20261230000006_ExchangeSplitRedirects")]
public sealed class ExchangeSplitRedirects : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<bool>("SplitUp", "ExchangeDirectory", nullable: false, defaultValue: false);
}
