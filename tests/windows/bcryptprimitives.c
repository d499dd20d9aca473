/* A stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks.
 *
 * Rust's standard library (1.78 and later) draws random numbers from ProcessPrng in
 * bcryptprimitives.dll; without that DLL a Rust program does not start under Wine 8.
 * This shim exports ProcessPrng on top of RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. Only the Windows suite under Wine uses it (tests/windows/wine.sh
 * builds it with mingw-w64 and puts it in the prefix's system32); nothing ships it.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
