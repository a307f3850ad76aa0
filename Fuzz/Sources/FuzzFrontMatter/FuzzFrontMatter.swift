import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.frontMatter(UnsafeBufferPointer(start: data, count: size))
    return 0
}

/// In a debug build SwiftPM links an executable's `main` to `<module>_main` (so tests can link
/// the module); hand that over to libFuzzer's driver. In a release build libFuzzer's own `main` runs.
@_cdecl("FuzzFrontMatter_main")
public func fuzzFrontMatterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Harness.runLibFuzzer(argc, argv, fuzzFrontMatter)
}
