//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::virtual`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VirtualParams {
    pub virtual2: ::std::option::Option<::std::string::String>,
    pub virtual3: ::std::option::Option<::std::string::String>,
    pub virtual4: ::std::option::Option<::std::string::String>,
}
impl VirtualParams {
    /// Sets `virtual2`.
    #[must_use]
    pub fn virtual2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virtual2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `virtual3`.
    #[must_use]
    pub fn virtual3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virtual3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `virtual4`.
    #[must_use]
    pub fn virtual4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.virtual4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::virtual`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VirtualOkHeaders {
    pub r#virtual: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::virtual`].
#[derive(Debug, Clone, PartialEq)]
pub enum VirtualResponse {
    /// ok
    Ok { body: super::types::Everything, headers: VirtualOkHeaders },
}
/// Documented error responses of [`super::Client::virtual`].
#[derive(Debug, Clone, PartialEq)]
pub enum VirtualError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::virtual_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum VirtualPostError {}
impl super::Client {
    /// */ operation virtual "#
    ///
    /// `GET /op48/{virtual}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#virtual(
        &self,
        r#virtual: &str,
        params: &VirtualParams,
    ) -> ::std::result::Result<VirtualResponse, super::Error<VirtualError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op48/");
        url.push_str(
            &super::runtime::path_param(
                "virtual",
                &super::runtime::to_value("virtual", &r#virtual)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.virtual2 {
            let v = super::runtime::to_value("virtual", v)?;
            super::runtime::push_param(&mut query, "virtual", &v, "form", true);
        }
        if let Some(v) = &params.virtual3 {
            let v = super::runtime::to_value("virtual", v)?;
            headers.push(("virtual", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.virtual4 {
            let v = super::runtime::to_value("virtual", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "virtual", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[48usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("virtual", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "virtual", method = "GET", path =
            "/op48/{virtual}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("virtual", status, &response_headers);
        match status {
            200 => {
                let headers = VirtualOkHeaders {
                    r#virtual: super::runtime::optional_header(
                        &response_headers,
                        "virtual",
                        status,
                    )?,
                };
                Ok(VirtualResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        VirtualError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(VirtualError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            VirtualError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op48/{virtual}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn virtual_post(
        &self,
        r#virtual: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<VirtualPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op48/");
        url.push_str(
            &super::runtime::path_param(
                "virtual",
                &super::runtime::to_value("virtual", &r#virtual)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("virtual_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "virtual_post", method = "POST", path =
            "/op48/{virtual}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("virtual_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        VirtualPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
