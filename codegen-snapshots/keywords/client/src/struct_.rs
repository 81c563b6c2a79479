//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::struct`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StructParams {
    pub struct2: ::std::option::Option<::std::string::String>,
    pub struct3: ::std::option::Option<::std::string::String>,
    pub struct4: ::std::option::Option<::std::string::String>,
}
impl StructParams {
    /// Sets `struct2`.
    #[must_use]
    pub fn struct2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.struct2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `struct3`.
    #[must_use]
    pub fn struct3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.struct3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `struct4`.
    #[must_use]
    pub fn struct4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.struct4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::struct`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StructOkHeaders {
    pub r#struct: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::struct`].
#[derive(Debug, Clone, PartialEq)]
pub enum StructResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StructOkHeaders },
}
/// Documented error responses of [`super::Client::struct`].
#[derive(Debug, Clone, PartialEq)]
pub enum StructError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::struct_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum StructPostError {}
impl super::Client {
    /// */ operation struct "#
    ///
    /// `GET /op26/{struct}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#struct(
        &self,
        r#struct: &str,
        params: &StructParams,
    ) -> ::std::result::Result<StructResponse, super::Error<StructError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op26/");
        url.push_str(
            &super::runtime::path_param(
                "struct",
                &super::runtime::to_value("struct", &r#struct)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.struct2 {
            let v = super::runtime::to_value("struct", v)?;
            super::runtime::push_param(&mut query, "struct", &v, "form", true);
        }
        if let Some(v) = &params.struct3 {
            let v = super::runtime::to_value("struct", v)?;
            headers.push(("struct", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.struct4 {
            let v = super::runtime::to_value("struct", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "struct", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[26usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("struct", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "struct", method = "GET", path =
            "/op26/{struct}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("struct", status, &response_headers);
        match status {
            200 => {
                let headers = StructOkHeaders {
                    r#struct: super::runtime::optional_header(
                        &response_headers,
                        "struct",
                        status,
                    )?,
                };
                Ok(StructResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        StructError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(StructError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            StructError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op26/{struct}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn struct_post(
        &self,
        r#struct: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<StructPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op26/");
        url.push_str(
            &super::runtime::path_param(
                "struct",
                &super::runtime::to_value("struct", &r#struct)?,
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
            .run_request_hooks("struct_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "struct_post", method = "POST", path =
            "/op26/{struct}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("struct_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        StructPostError,
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
