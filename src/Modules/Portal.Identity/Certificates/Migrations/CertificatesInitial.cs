using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;

namespace Portal.Identity.Certificates.Migrations;

[DbContext(typeof(CertificatesDb))]
[Migration("20261126001000_CertificatesInitial")]
public sealed class CertificatesInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("TrustedAuthorities", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            Subject = t.Column<string>(maxLength: 1000, nullable: false),
            Thumbprint = t.Column<string>(maxLength: 64, nullable: false),
            Certificate = t.Column<byte[]>(nullable: false),
            NotBeforeUtc = t.Column<DateTime>(nullable: false),
            NotAfterUtc = t.Column<DateTime>(nullable: false),
            AddedUtc = t.Column<DateTime>(nullable: false),
            Crl = t.Column<byte[]>(nullable: true),
            CrlThisUpdateUtc = t.Column<DateTime>(nullable: true),
            CrlNextUpdateUtc = t.Column<DateTime>(nullable: true),
            CrlNumber = t.Column<string>(maxLength: 100, nullable: true),
            CrlEntries = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_TrustedAuthorities", x => x.Id));

        b.CreateIndex("IX_TrustedAuthorities_Thumbprint", "TrustedAuthorities", "Thumbprint", unique: true);
    }
}
