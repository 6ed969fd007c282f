// Bytes as nmap's XML output (-oX): read, and every host's ports asked for as the probe report does.

#include "fuzz/fuzzqt.h"
#include "probe/nmapxmlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    NmapXmlReader reader;
    if (!reader.read(fuzzInput(data, size)))
        return 0;
    for (const NmapHost& host : reader.hosts()) {
        host.portCount();
        for (const ProbeResult& result : host.results)
            host.result(result.transport, result.port);
        for (const NmapExtraPorts& extra : host.extraPorts) {
            for (const PortSet::Run& run : extra.runs) {
                host.result(extra.transport, run.first);
                host.result(extra.transport, run.last);
            }
        }
    }
    return 0;
}
