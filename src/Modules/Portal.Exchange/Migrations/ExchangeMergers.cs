using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Exchange.Models;

namespace Portal.Exchange.Migrations;

/// <summary>Agencies merged into another: the directory's redirection, and the keys of merged agencies their successor holds.</summary>
[DbContext(typeof(ExchangeDb))]
[Migration("20261230000004_ExchangeMergers")]
public sealed class ExchangeMergers : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("MergedInto", "ExchangeDirectory", maxLength: 50, nullable: true);
        b.CreateTable("ExchangeFormerKeys", t => new
        {
            AgencyCode = t.Column<string>(maxLength: 50, nullable: false),
            FromTenant = t.Column<string>(maxLength: 63, nullable: false),
            PrivateKey = t.Column<byte[]>(nullable: false),
            PublicKey = t.Column<byte[]>(nullable: false),
            MovedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ExchangeFormerKeys", x => x.AgencyCode));
    }
}
