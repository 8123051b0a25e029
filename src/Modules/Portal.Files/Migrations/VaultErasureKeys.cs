using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Files.Models;

namespace Portal.Files.Migrations;

/// <summary>The erasure key a secret document's file is sealed to (see ErasureKeys).</summary>
[DbContext(typeof(FilesDb))]
[Migration("20270101000000_VaultErasureKeys")]
public sealed class VaultErasureKeys : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<Guid>("ErasureKeyId", "VaultFiles", nullable: true);
        b.CreateIndex("IX_VaultFiles_ErasureKey", "VaultFiles", "ErasureKeyId");
    }
}
