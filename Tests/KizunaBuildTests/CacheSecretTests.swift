import Foundation
import Testing
@testable import KizunaContent
@testable import KizunaBuild

/// The key that authenticates cached cards: SipHash-2-4 as published, and where the secret
/// comes from (the environment, else a key of the user's own, made once, readable by them alone).
@Suite struct CacheSecretTests {
    /// The reference vectors (key 00…0f, message 00…n−1; the paper's appendix gives n = 15).
    @Test func sipHashMatchesTheReferenceVectors() {
        let hash = SipHash(key: Array(0..<16))
        let vectors: [(Int, UInt64)] = [(0, 0x726f_db47_dd0e_0e31), (1, 0x74f8_39c5_93dc_67fd), (2, 0x0d6c_8009_d9a9_4f5a),
                                        (7, 0xab02_00f5_8b01_d137), (8, 0x93f5_f579_9a93_2462), (15, 0xa129_ca61_49be_45e5),
                                        (63, 0x958a_324c_eb06_4572)]
        for (length, expected) in vectors {
            #expect(hash.hash(Array(UInt8(0)..<UInt8(length))) == expected, "\(length) bytes")
        }
        #expect(SipHash(secret: Array("a".utf8)).hash([1]) != SipHash(secret: Array("b".utf8)).hash([1]))
    }

    @Test func theEnvironmentComesFirst() throws {
        let home = try TemporaryDirectory()
        #expect(CacheSecret.resolve(environment: ["KIZUNA_CACHE_KEY": "ci-secret", "HOME": home.path]) == Array("ci-secret".utf8))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.local/state/kizuna/cache-key"))
    }

    @Test func aUserKeyIsMadeOnceAndKeptPrivate() throws {
        let home = try TemporaryDirectory()
        let first = try #require(CacheSecret.resolve(environment: ["HOME": home.path, "KIZUNA_CACHE_KEY": ""]))
        let file = home.path + "/.local/state/kizuna/cache-key"
        #expect(first.count == 32)
        #expect(CacheSecret.resolve(environment: ["HOME": home.path]) == first)
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(CacheSecret.resolve(environment: ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state"]) != first)
        #expect(FileManager.default.fileExists(atPath: home.path + "/state/kizuna/cache-key"))
        // Another user's key (another home) differs.
        let other = try TemporaryDirectory()
        #expect(CacheSecret.resolve(environment: ["HOME": other.path]) != first)
    }

    /// A file that is no key is neither used nor overwritten; no home, no key.
    @Test func aFileThatIsNoKeyIsLeftAlone() throws {
        let home = try TemporaryDirectory(([".local/state/kizuna/cache-key": "not a key\n"]))
        #expect(CacheSecret.resolve(environment: ["HOME": home.path]) == nil)
        #expect(try String(contentsOfFile: home.path + "/.local/state/kizuna/cache-key", encoding: .utf8) == "not a key\n")
        #expect(CacheSecret.resolve(environment: [:]) == nil)
    }
}
