using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Files.Models;

namespace Portal.Files.Migrations;

[DbContext(typeof(FilesDb))]
[Migration("20261126000000_FilesInitial")]
public sealed class FilesInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("VaultKeys", t => new
        {
            Version = t.Column<int>(nullable: false),
            WrappedKey = t.Column<byte[]>(nullable: false),
            MasterKeyId = t.Column<string>(maxLength: 32, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_VaultKeys", x => x.Version));
        b.CreateTable("VaultFiles", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            FileName = t.Column<string>(maxLength: 255, nullable: false),
            Kind = t.Column<int>(nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Length = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            WrappedKey = t.Column<byte[]>(nullable: false),
            KeyVersion = t.Column<int>(nullable: false),
            StoredUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_VaultFiles", x => x.Id));
    }
}
