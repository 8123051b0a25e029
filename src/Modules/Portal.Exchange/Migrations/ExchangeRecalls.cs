using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Exchange.Models;

namespace Portal.Exchange.Migrations;

/// <summary>The sender's recalls of sent documents.</summary>
[DbContext(typeof(ExchangeDb))]
[Migration("20261230000002_ExchangeRecalls")]
public sealed class ExchangeRecalls : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.CreateTable("ExchangeRecalls", t => new
        {
            DocumentId = t.Column<int>(nullable: false),
            Reason = t.Column<string>(maxLength: 2000, nullable: false),
            ByName = t.Column<string>(maxLength: 200, nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ExchangeRecalls", x => x.DocumentId));
}
